// negative LW002: the route $disconnect()s its PrismaClient in finally only after the redemption write was awaited
import { PrismaClient } from "@prisma/client";
import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const prisma = new PrismaClient();
  try {
    const { couponCode, cartId } = await req.json();
    const coupon = await prisma.coupon.findUnique({ where: { code: couponCode } });
    if (!coupon) return NextResponse.json({ error: "invalid coupon" }, { status: 404 });
    await prisma.couponRedemption.create({ data: { couponId: coupon.id, cartId } });
    return NextResponse.json({ discount: coupon.percentOff });
  } finally {
    await prisma.$disconnect();
  }
}
