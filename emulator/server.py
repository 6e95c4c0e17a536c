"""Starts moto's server for NubeLab with the fidelity patches of the `nubelab_emulator` package
(one module per patch, each explaining itself). Same command line as moto_server:
`python emulator/server.py -H 127.0.0.1 -p PORT`.

With NUBELAB_STATE_FILE set, the learner's saved resources are restored before the server answers
(nubelab_emulator/saved_state.py); it comes after the patches, which may change what is restored.
"""
from nubelab_emulator import apply_patches, saved_state
from moto.server import main

if __name__ == "__main__":
    apply_patches()
    saved_state.apply()
    main()
