"""VPC flow logs to S3: a destination with a folder (`arn:aws:s3:::bucket/prefix/`) is accepted.

AWS: `CreateFlowLogs` with `LogDestinationType=s3` takes the bucket's ARN, optionally followed
by a folder (`arn:aws:s3:::my-bucket/vpc-flow-logs/`); logs go under that prefix. It reports the
flow log with that full destination, and only a missing bucket is an error.

moto 5.2.5 (`ec2/models/flow_logs.py`, `create_flow_logs`) looks the whole text after the ARN's
fifth colon up as a bucket name, so `bucket/vpc-flow-logs/` is "not found": the call answers
200 with the resource in `Unsuccessful` ("LogDestination: bucket/vpc-flow-logs/ does not exist.")
and no flow log is created. The CDK's `FlowLogDestination.toS3(bucket, 'prefix/')` and the
console's "folder" option both hit this.

Where to fix it: `FlowLogsBackend.create_flow_logs`, only for S3 destinations with a folder.
The bucket is looked up by its name (the part before the first slash), the resources are checked
as moto checks them, and the flow log is stored with the full destination, so DescribeFlowLogs
reports what was asked for. Every other request goes to moto unchanged.
"""
from moto.ec2.exceptions import FlowLogAlreadyExists
from moto.ec2.models.flow_logs import FlowLogs, FlowLogsBackend
from moto.ec2.utils import random_flow_log_id

_applied = False
_original = FlowLogsBackend.create_flow_logs

DEFAULT_FORMAT = (
    "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} "
    "${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}"
)


def _bucket_and_prefix(log_destination):
    """`arn:aws:s3:::bucket/some/prefix/` → ("bucket", "some/prefix/"); no folder → (name, "")."""
    path = (log_destination or "").split(":", 5)[-1]
    bucket, _, prefix = path.partition("/")
    return bucket, prefix


def _bucket_exists(backend, bucket):
    from moto.s3.exceptions import MissingBucket
    from moto.s3.models import s3_backends

    try:
        s3_backends[backend.account_id][backend.partition].get_bucket(bucket)
        return True
    except MissingBucket:
        return False


def _check_resource(backend, resource_type, resource_id):
    # The same lookups moto makes: each raises the usual InvalidXxxID.NotFound.
    lookup = {"VPC": backend.get_vpc, "Subnet": backend.get_subnet, "NetworkInterface": backend.get_network_interface}.get(resource_type)
    if lookup:
        lookup(resource_id)


def create_flow_logs(
    self,
    resource_type,
    resource_ids,
    traffic_type,
    deliver_logs_permission_arn,
    log_destination_type,
    log_destination,
    log_group_name,
    log_format,
    max_aggregation_interval,
):
    bucket, prefix = _bucket_and_prefix(log_destination)
    if log_destination_type != "s3" or not prefix:
        return _original(
            self, resource_type, resource_ids, traffic_type, deliver_logs_permission_arn,
            log_destination_type, log_destination, log_group_name, log_format, max_aggregation_interval,
        )
    max_aggregation_interval = 600 if max_aggregation_interval is None else max_aggregation_interval
    self._validate_request(log_group_name, log_destination, log_destination_type, max_aggregation_interval, deliver_logs_permission_arn)

    created, unsuccessful = [], []
    for resource_id in resource_ids:
        _check_resource(self, resource_type, resource_id)
        if not _bucket_exists(self, bucket):
            unsuccessful.append((resource_id, "400", f"LogDestination: {bucket} does not exist."))
            continue
        if any((fl.resource_id, fl.log_destination) == (resource_id, log_destination) for fl in self.flow_logs.values()):
            raise FlowLogAlreadyExists()
        flow_log = FlowLogs(
            self,
            random_flow_log_id(),
            resource_id,
            traffic_type,
            log_destination,
            log_group_name,
            deliver_logs_permission_arn,
            max_aggregation_interval,
            log_destination_type,
            log_format or DEFAULT_FORMAT,
            "SUCCESS",
            None,
        )
        self.flow_logs[flow_log.id] = flow_log
        created.append(flow_log)
    return created, unsuccessful


def apply():
    global _applied
    if _applied:
        return
    FlowLogsBackend.create_flow_logs = create_flow_logs
    _applied = True
