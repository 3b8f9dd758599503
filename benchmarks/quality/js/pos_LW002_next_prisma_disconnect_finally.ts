// positive LW002: Next.js route creates a PrismaClient, fires a write without await and $disconnect()s it in finally
import { PrismaClient } from "@prisma/client";
import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const prisma = new PrismaClient();
  try {
    const { couponCode, cartId } = await req.json();
    const coupon = await prisma.coupon.findUnique({ where: { code: couponCode } });
    if (!coupon) return NextResponse.json({ error: "invalid coupon" }, { status: 404 });

    prisma.couponRedemption.create({ data: { couponId: coupon.id, cartId } }).catch((err) => {
      console.warn("redemption not recorded", err);
    });

    return NextResponse.json({ discount: coupon.percentOff });
  } finally {
    await prisma.$disconnect();
  }
}
