"""Starts moto's server for NubeLab with the fidelity patches of the `nubelab_emulator` package
(one module per patch, each explaining itself). Same command line as moto_server:
`python emulator/server.py -H 127.0.0.1 -p PORT`.
"""
from nubelab_emulator import apply_patches
from moto.server import main

if __name__ == "__main__":
    apply_patches()
    main()
