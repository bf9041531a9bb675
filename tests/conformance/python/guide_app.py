"""The original integration guide's payments API (shared/reference/original-guide.md,
steps 2.4 and 2.5), as FastAPI sees it: the same router, routes, parameters and
pydantic models, so FastAPI generates the OpenAPI description a client of the
guide is built from. Only the declarations matter here; the route bodies (Stripe
calls, SQLAlchemy) are the guide's business and never run in these tests, so
they are left out.

What the guide's routes return without a response_model is written down from the
guide's code as pydantic models too (GUIDE_ANSWERS): the checkout answer (step 2.4,
and the OpenAPI of step 6), the cancel answer (StripeService.cancel_subscription),
the webhook's {"status": "success"} and FastAPI's HTTPException body {"detail"}.
"""

from typing import Optional

from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, Request
from pydantic import BaseModel


# --- step 2.4, backend/app/routers/payments.py -------------------------------

class CheckoutRequest(BaseModel):
    """Request model for creating checkout session"""
    success_url: Optional[str] = None
    cancel_url: Optional[str] = None


class SubscriptionResponse(BaseModel):
    """Response model for subscription status"""
    is_premium: bool
    subscription_status: Optional[str]
    subscription_id: Optional[str]
    current_period_end: Optional[str]


def get_current_user():
    """app.dependencies.get_current_user: the guide's JWT check (not shown in the guide)."""


def get_db():
    """app.database.get_db: an AsyncSession (not shown in the guide)."""


router = APIRouter(prefix="/payments", tags=["Payments"])


@router.post("/create-checkout-session")
async def create_checkout_session(request: CheckoutRequest, current_user=Depends(get_current_user),
                                  db=Depends(get_db)):
    """
    Create a Stripe Checkout session for premium subscription

    Returns a checkout URL that the user should be redirected to
    """


@router.get("/subscription-status", response_model=SubscriptionResponse)
async def get_subscription_status(current_user=Depends(get_current_user)):
    """
    Get current user's subscription status
    """


@router.post("/cancel-subscription")
async def cancel_subscription(current_user=Depends(get_current_user), db=Depends(get_db)):
    """
    Cancel user's premium subscription at period end
    """


@router.post("/webhook")
async def stripe_webhook(request: Request, background_tasks: BackgroundTasks, db=Depends(get_db)):
    """
    Handle Stripe webhook events
    """


# --- step 2.5, backend/app/main.py --------------------------------------------

app = FastAPI()
app.include_router(router, prefix="/api/v1", tags=["Payments"])


# --- what the guide's routes answer, from its code ----------------------------

class CheckoutAnswer(BaseModel):
    """create_checkout_session: {"checkout_url": session.url, "session_id": session.id}"""
    checkout_url: str
    session_id: str


class CancelAnswer(BaseModel):
    """StripeService.cancel_subscription's dict, returned by the route."""
    subscription_id: str
    status: str
    cancelled: bool


class WebhookAnswer(BaseModel):
    """stripe_webhook: return {"status": "success"}"""
    status: str


class ErrorAnswer(BaseModel):
    """FastAPI's answer to HTTPException(status_code=…, detail="…")."""
    detail: str


GUIDE_ANSWERS = {
    ("post", "/api/v1/payments/create-checkout-session"): CheckoutAnswer,
    ("get", "/api/v1/payments/subscription-status"): SubscriptionResponse,
    ("post", "/api/v1/payments/cancel-subscription"): CancelAnswer,
    ("post", "/api/v1/payments/webhook"): WebhookAnswer,
}
