"""IAM login profiles: `PasswordResetRequired` and the password are kept as AWS keeps them.

AWS: `CreateLoginProfile` takes `PasswordResetRequired` (the console's "Users must create a new
password at next sign-in", the CLI's `--password-reset-required`), and `GetLoginProfile` reports
it until the user changes the password. `UpdateLoginProfile` changes only what it is given: the
password, the flag, or both.

moto 5.2.5 (checked over HTTP against the unpatched server):
  - `CreateLoginProfile` never reads `PasswordResetRequired`: every new profile answers `false`;
  - `UpdateLoginProfile` stores its parameters as given: without `Password` the password becomes
    None, which moto reads as "no login profile" (GetLoginProfile then says NoSuchEntity); the
    flag is stored as the request's text, so `false` is a non-empty, truthy string, and without
    the flag it becomes None.
A lab that requires a password change at first sign-in fails on the emulator after doing what
the lesson says, and the usual way to undo it (`update-login-profile --no-password-reset-required`)
deletes the console password instead.

Where to fix it: the two response methods, which is where moto reads request parameters. The
backend still finds the user and the profile (same errors: NoSuchEntity, EntityAlreadyExists);
the flag and the password are then set on the user, where moto keeps them.
"""
from moto.core.responses import ActionResult, EmptyResult
from moto.iam.responses import IamResponse

_applied = False


def create_login_profile(self):
    user = self.backend.create_login_profile(self._get_param("UserName"), self._get_param("Password"))
    user.password_reset_required = bool(self._get_bool_param("PasswordResetRequired", False))
    return ActionResult(
        {
            "LoginProfile": {
                "UserName": user.name,
                "CreateDate": user.create_date,
                "PasswordResetRequired": user.password_reset_required,
            }
        }
    )


def update_login_profile(self):
    user = self.backend.get_login_profile(self._get_param("UserName"))
    password = self._get_param("Password")
    reset = self._get_bool_param("PasswordResetRequired")
    if password is not None:
        user.password = password
    if reset is not None:
        user.password_reset_required = reset
    return EmptyResult()


def apply():
    global _applied
    if _applied:
        return
    IamResponse.create_login_profile = create_login_profile
    IamResponse.update_login_profile = update_login_profile
    _applied = True
