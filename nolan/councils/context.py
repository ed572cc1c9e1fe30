"""Template context: the signed-in user's roles, for navigation."""

from nolan.councils.roles import role_kinds


def roles(request):
    return {"user_roles": role_kinds(request.user) if hasattr(request, "user") else set()}
