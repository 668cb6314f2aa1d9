from django.urls import path

from . import views

urlpatterns = [
    path("zoeken/", views.search, name="search"),
    path("zoeken/suggest", views.suggest, name="search_suggest"),
]
