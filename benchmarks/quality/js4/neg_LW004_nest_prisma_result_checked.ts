// negative LW004: NestJS InvoiceService.issue() returns an explicit failed result when the Prisma create throws, and the controller turns it into a 503
import { Body, Controller, Injectable, Logger, Post, ServiceUnavailableException } from "@nestjs/common";
import { PrismaService } from "../prisma/prisma.service";
import type { Invoice } from "@prisma/client";

export type IssueResult = { ok: true; invoice: Invoice } | { ok: false; reason: string };

@Injectable()
export class InvoiceService {
  private readonly logger = new Logger(InvoiceService.name);

  constructor(private readonly prisma: PrismaService) {}

  async issue(customerId: string, lines: { description: string; amountCents: number }[]): Promise<IssueResult> {
    try {
      const invoice = await this.prisma.invoice.create({
        data: {
          customerId,
          totalCents: lines.reduce((acc, l) => acc + l.amountCents, 0),
          lines: { create: lines },
        },
      });
      return { ok: true, invoice };
    } catch (err) {
      this.logger.error(`invoice create failed for ${customerId}`, (err as Error).stack);
      return { ok: false, reason: (err as Error).message };
    }
  }
}

@Controller("invoices")
export class InvoiceController {
  constructor(private readonly invoices: InvoiceService) {}

  @Post()
  async create(@Body() body: { customerId: string; lines: { description: string; amountCents: number }[] }) {
    const result = await this.invoices.issue(body.customerId, body.lines);
    if (!result.ok) {
      throw new ServiceUnavailableException("invoice was not stored, retry later");
    }
    return { status: "issued", id: result.invoice.id };
  }
}
