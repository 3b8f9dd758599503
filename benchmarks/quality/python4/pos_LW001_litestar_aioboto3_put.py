# positive LW001: Litestar handler uploads the invoice PDF to S3 with a dropped `aio.create_task(s3.put_object(...))`
# ruff: noqa: RUF006
"""Invoice rendering endpoint (Litestar + aioboto3)."""

import asyncio as aio

import aioboto3
from billing.render import render_invoice_pdf
from litestar import Litestar, post
from litestar.di import Provide

BUCKET = "acme-invoices"
boto_session = aioboto3.Session()


async def provide_s3():
    async with boto_session.client("s3") as s3:
        yield s3


@post("/invoices/{invoice_id:str}/render", dependencies={"s3": Provide(provide_s3)})
async def render(invoice_id: str, s3: object) -> dict[str, str]:
    pdf = await render_invoice_pdf(invoice_id)
    key = f"invoices/{invoice_id}.pdf"
    aio.create_task(s3.put_object(Bucket=BUCKET, Key=key, Body=pdf, ContentType="application/pdf"))
    return {"invoice": invoice_id, "pdf": f"s3://{BUCKET}/{key}"}


app = Litestar(route_handlers=[render])
