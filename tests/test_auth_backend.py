"""Permissions are read in one query, and mean what Django's ModelBackend says they mean."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import override_settings
from django.urls import NoReverseMatch, reverse

from dashboard.backends import OneQueryModelBackend

pytestmark = pytest.mark.django_db


def fresh(user):
    return type(user).objects.get(pk=user.pk)


def test_it_reads_own_and_group_permissions_in_one_query(django_user_model, django_assert_num_queries):
    user = django_user_model.objects.create_user(username="gail")
    group = Group.objects.create(name="reviewers")
    group.permissions.add(Permission.objects.get(codename="review_claim"))
    user.groups.add(group)
    user.user_permissions.add(Permission.objects.get(codename="add_report"))
    user = fresh(user)
    with django_assert_num_queries(1):
        assert user.has_perm("claims.review_claim")
        assert user.has_perm("claims.add_report")
        assert not user.has_perm("claims.change_source")
    assert user.get_all_permissions() == {"claims.review_claim", "claims.add_report"}


def test_it_gives_an_inactive_user_no_permission_and_a_superuser_every_one(django_user_model):
    sleeper = django_user_model.objects.create_user(username="ina", is_active=False)
    sleeper.user_permissions.add(Permission.objects.get(codename="add_report"))
    assert not fresh(sleeper).has_perm("claims.add_report")
    boss = django_user_model.objects.create_superuser(username="sue", password="a-long-passphrase-42")
    backend = OneQueryModelBackend()
    assert "claims.review_claim" in backend.get_all_permissions(fresh(boss))
    assert backend.get_all_permissions(fresh(boss), obj=object()) == set()


def test_a_user_in_two_groups_with_the_same_permission_has_it_once(django_user_model):
    user = django_user_model.objects.create_user(username="dora")
    review = Permission.objects.get(codename="review_claim")
    for name in ("one", "two"):
        group = Group.objects.create(name=name)
        group.permissions.add(review)
        user.groups.add(group)
    user.user_permissions.add(review)
    assert OneQueryModelBackend().get_all_permissions(fresh(user)) == {"claims.review_claim"}


def test_the_benchmarks_list_of_claims_is_no_url_of_the_app():
    with pytest.raises(NoReverseMatch):
        reverse("bench-claim-list")


@override_settings(ROOT_URLCONF="bench.urls")
def test_the_benchmarks_list_of_claims_is_a_plain_page_when_enabled(client, analyst):
    from tests.support.factories import make_claim

    claim = make_claim(statement="Troops arrived in Kursk.")
    response = client.get(reverse("bench-claim-list"))
    assert response.status_code == 200
    assert claim.get_absolute_url().encode() in response.content
