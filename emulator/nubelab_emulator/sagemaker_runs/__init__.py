"""SageMaker runs: training jobs in scikit-learn script mode really train, endpoints really serve.

moto 5.2.5 marks a training job Completed at once without running anything or writing an
artifact, marks an endpoint InService at once, and answers InvokeEndpoint with the literal text
"body" for any endpoint name. Modules:
  environment.py    what a training script or an endpoint worker sees (libraries, env, argv)
  script_mode.py    the SageMaker Python SDK's script-mode convention read from a job or model
  artifacts.py      S3 in-process: channels copied down, sourcedir/model tarballs up and down
  training.py       CreateTrainingJob: InProgress → Completed/Failed/Stopped, logs, model.tar.gz
  serving_worker.py runs inside an endpoint's process: model_fn/input_fn/predict_fn/output_fn
  endpoints.py      CreateEndpoint/DeleteEndpoint: one long-lived worker per endpoint
  invoke.py         sagemaker-runtime InvokeEndpoint: the worker's answer, or AWS's errors
"""
from . import endpoints, invoke, training

_applied = False


def apply():
    global _applied
    if _applied:
        return
    training.apply()
    endpoints.apply()
    invoke.apply()
    _applied = True
