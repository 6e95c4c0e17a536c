"""The environment variables of a function's worker, as AWS's runtime environment holds them.

User variables come first and may not override the reserved ones (AWS rejects those names at
CreateFunction). Two additions for the emulator: `AWS_ENDPOINT_URL` points the function's SDK
back at the emulator, and the server's own AWS config files are hidden from it.
"""
from . import logs
from .credentials import role_environment


def function_environment(function, interpreter, endpoint, task, layers, stream):
    layer_bins = [str(layer / "bin") for layer in layers]
    env = {
        "PATH": ":".join([str(interpreter.path.rsplit("/", 1)[0]), "/usr/local/bin", "/usr/bin", "/bin", *layer_bins]),
        "LD_LIBRARY_PATH": ":".join([str(task / "lib"), *(str(layer / "lib") for layer in layers)]),
        "LANG": "en_US.UTF-8",
        "TZ": ":UTC",
    }
    env.update({name: str(value) for name, value in (function.environment_vars or {}).items()})
    env.update(
        {
            "_HANDLER": function.handler or "",
            "AWS_EXECUTION_ENV": f"AWS_Lambda_{function.run_time}",
            "AWS_LAMBDA_FUNCTION_NAME": function.function_name,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(function.memory_size),
            "AWS_LAMBDA_FUNCTION_VERSION": str(function.version),
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
            "AWS_LAMBDA_LOG_GROUP_NAME": logs.group_name(function.function_name),
            "AWS_LAMBDA_LOG_STREAM_NAME": stream,
            "AWS_REGION": function.region,
            "AWS_DEFAULT_REGION": function.region,
            "LAMBDA_TASK_ROOT": str(task),
            "AWS_ENDPOINT_URL": endpoint,
            # The server's own AWS config must not reach the function (region, profiles…).
            "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "AWS_EC2_METADATA_DISABLED": "true",
            **role_environment(function),
        }
    )
    return env
