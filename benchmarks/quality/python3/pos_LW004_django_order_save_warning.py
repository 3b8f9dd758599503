# Positive LW004: Django checkout view swallows DatabaseError from the order save and still redirects to the success page.
import logging

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from shop.models import Cart, Order

logger = logging.getLogger("shop.checkout")


def build_order(cart: Cart) -> Order:
    return Order(customer=cart.customer, total_cents=cart.total_cents(), currency=cart.currency)


def checkout(request: HttpRequest, cart_id: int) -> HttpResponse:
    cart = get_object_or_404(Cart, pk=cart_id, customer=request.user)
    order = build_order(cart)
    try:
        order.save()
        cart.lines.update(order=order)
    except DatabaseError:
        logger.warning("order save failed for cart %s", cart_id, exc_info=True)
    request.session["last_cart"] = cart_id
    return redirect("checkout-complete")
