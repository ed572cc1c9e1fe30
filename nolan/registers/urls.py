"""Register URLs: public pages and downloads, members' own pages, the Monitoring Officer's."""

from django.urls import path

from nolan.access import public
from nolan.registers import api, councillor_views, officer_views, public_views

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
    path("registers/mine/", councillor_views.my_registers, name="register-mine"),
    path(M + "register/manage/", councillor_views.manage, name="register-manage"),
    path(
        M + "register/interests/add/", councillor_views.add_interest, name="register-add-interest"
    ),
    path(
        M + "register/interests/<int:pk>/change/",
        councillor_views.change_interest,
        name="register-change-interest",
    ),
    path(
        M + "register/interests/<int:pk>/end/",
        councillor_views.end_interest,
        name="register-end-interest",
    ),
    path(
        M + "register/interests/<int:pk>/sensitive/",
        councillor_views.request_sensitive,
        name="register-request-sensitive",
    ),
    path(M + "register/gifts/add/", councillor_views.add_gift, name="register-add-gift"),
    path(
        M + "register/gifts/<int:pk>/change/",
        councillor_views.change_gift,
        name="register-change-gift",
    ),
    path(
        M + "register/gifts/<int:pk>/answer/",
        councillor_views.answer_gift_query,
        name="register-answer-gift",
    ),
    path(M + "register/nil-return/", councillor_views.nil_return, name="register-nil-return"),
    path(M + "register/confirm/", councillor_views.confirm, name="register-confirm"),
    path(C + "registers/officer/", officer_views.dashboard, name="register-officer"),
    path(
        C + "registers/officer/sensitive/<int:pk>/",
        officer_views.decide_sensitive,
        name="register-decide-sensitive",
    ),
    path(
        C + "registers/officer/gifts/<int:pk>/",
        officer_views.review_gift,
        name="register-review-gift",
    ),
    path("api/", public(api.index), name="api-index"),
    path("api/" + C + "interests/", public(api.InterestList.as_view()), name="api-interests"),
    path("api/" + C + "members/", public(api.MemberList.as_view()), name="api-members"),
    path(
        "api/" + M + "interests/",
        public(api.MemberInterestList.as_view()),
        name="api-member-interests",
    ),
    path("api/" + C + "gifts/", public(api.GiftList.as_view()), name="api-gifts"),
]
