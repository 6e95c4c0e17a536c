"""nubelab_emulator.iam_login_profile, against the real server: CreateLoginProfile keeps
PasswordResetRequired, UpdateLoginProfile changes only what it is given, errors are unchanged."""
import uuid

import pytest
from botocore.exceptions import ClientError


@pytest.fixture
def user(boto_client):
    iam = boto_client("iam")
    name = f"login-{uuid.uuid4().hex[:8]}"
    iam.create_user(UserName=name)
    return iam, name


def test_reset_required_is_kept_and_reported(user):
    iam, name = user
    created = iam.create_login_profile(UserName=name, Password="Temp-Passw0rd!x", PasswordResetRequired=True)
    assert created["LoginProfile"]["PasswordResetRequired"] is True
    assert iam.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is True


def test_without_the_flag_no_reset_is_required(user):
    iam, name = user
    iam.create_login_profile(UserName=name, Password="Temp-Passw0rd!x")
    assert iam.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is False


def test_a_new_profile_takes_the_new_request_flag(user):
    iam, name = user
    iam.create_login_profile(UserName=name, Password="Temp-Passw0rd!x", PasswordResetRequired=True)
    iam.delete_login_profile(UserName=name)
    iam.create_login_profile(UserName=name, Password="Temp-Passw0rd!x", PasswordResetRequired=False)
    assert iam.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is False


def test_update_changes_only_what_it_is_given(user):
    iam, name = user
    iam.create_login_profile(UserName=name, Password="Temp-Passw0rd!x", PasswordResetRequired=True)
    iam.update_login_profile(UserName=name, PasswordResetRequired=False)
    assert iam.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is False
    iam.update_login_profile(UserName=name, Password="Other-Passw0rd!y")
    assert iam.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is False
    iam.update_login_profile(UserName=name, PasswordResetRequired=True)
    assert iam.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is True


def test_errors_are_unchanged(user):
    iam, name = user
    with pytest.raises(ClientError) as no_profile:
        iam.update_login_profile(UserName=name, PasswordResetRequired=True)
    assert no_profile.value.response["Error"]["Code"] == "NoSuchEntity"
    iam.create_login_profile(UserName=name, Password="Temp-Passw0rd!x", PasswordResetRequired=False)
    with pytest.raises(ClientError) as exists:
        iam.create_login_profile(UserName=name, Password="Temp-Passw0rd!x", PasswordResetRequired=True)
    assert exists.value.response["Error"]["Code"] == "EntityAlreadyExists"
    assert iam.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is False
    with pytest.raises(ClientError) as missing:
        iam.create_login_profile(UserName=f"{name}-nobody", Password="Temp-Passw0rd!x", PasswordResetRequired=True)
    assert missing.value.response["Error"]["Code"] == "NoSuchEntity"
