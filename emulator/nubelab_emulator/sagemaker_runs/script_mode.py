"""The SageMaker Python SDK's script-mode convention, as the emulator accepts it.

Training (CreateTrainingJob): AlgorithmSpecification.TrainingImage is a scikit-learn framework
image (repository `sagemaker-scikit-learn`), and the hyperparameters carry
  sagemaker_program           the entry-point file name, e.g. "train.py"
  sagemaker_submit_directory  the S3 URL of a gzipped tarball holding it ("sourcedir.tar.gz")
The SDK JSON-encodes every hyperparameter value ('"train.py"'); plain values are accepted too.
Every other non-`sagemaker_` hyperparameter is the script's: passed as `--name value` arguments
(JSON-decoded, strings unquoted, as the sagemaker-training toolkit does) and in SM_HPS.

Serving (CreateModel): the container's Environment may name SAGEMAKER_PROGRAM (the inference
script) and SAGEMAKER_SUBMIT_DIRECTORY (an S3 tarball, or a folder inside the model such as
/opt/ml/model/code). Without SAGEMAKER_PROGRAM the framework defaults serve the model.
"""
import json
from dataclasses import dataclass, field


@dataclass
class TrainingScript:
    program: str
    submit_directory: str
    hyperparameters: dict = field(default_factory=dict)  # the script's own, decoded


class ScriptModeError(Exception):
    pass


def decode(value):
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return value


def training_script(hyperparameters):
    decoded = {name: decode(value) for name, value in (hyperparameters or {}).items()}
    program = decoded.get("sagemaker_program")
    submit = decoded.get("sagemaker_submit_directory")
    if not program or not submit:
        raise ScriptModeError(
            "ClientError: NubeLab's emulator runs scikit-learn script mode only: the hyperparameters "
            "'sagemaker_program' (entry point) and 'sagemaker_submit_directory' (s3://…/sourcedir.tar.gz) are required"
        )
    own = {name: value for name, value in decoded.items() if not name.startswith("sagemaker_")}
    return TrainingScript(str(program), str(submit), own)


def argv(hyperparameters):
    args = []
    for name, value in hyperparameters.items():
        args += [f"--{name}", value if isinstance(value, str) else json.dumps(value)]
    return args
