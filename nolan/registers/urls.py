"""Register URLs: public pages and downloads, members' own pages, the Monitoring Officer's."""

from django.urls import path

from nolan.registers import public_views

C = "councils/<slug:council>/"
M = C + "members/<slug:member>/"

urlpatterns = [
    path(C + "register/", public_views.council_register, name="register-council"),
    path(C + "register.csv", public_views.register_csv, name="register-csv"),
    path(C + "register.json", public_views.register_json, name="register-json"),
    path(C + "gifts/", public_views.council_gifts, name="gifts-council"),
    path(C + "gifts.csv", public_views.gifts_csv, name="gifts-csv"),
    path(C + "gifts.json", public_views.gifts_json, name="gifts-json"),
    path(C + "popolo.json", public_views.popolo_json, name="popolo-json"),
    path(M + "register/", public_views.member_register, name="register-member"),
    path(M + "register/changes/", public_views.member_changes, name="register-member-changes"),
]
