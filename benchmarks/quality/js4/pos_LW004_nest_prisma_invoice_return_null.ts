// positive LW004: NestJS InvoiceService.issue() catches the Prisma create failure, logs it and returns null; the controller answers 201 regardless
import { Body, Controller, HttpCode, Injectable, Logger, Post } from "@nestjs/common";
import { PrismaService } from "../prisma/prisma.service";
import type { Invoice } from "@prisma/client";

export class IssueInvoiceDto {
  customerId!: string;
  lines!: { description: string; amountCents: number }[];
  dueDays?: number;
}

@Injectable()
export class InvoiceService {
  private readonly logger = new Logger(InvoiceService.name);

  constructor(private readonly prisma: PrismaService) {}

  async issue(dto: IssueInvoiceDto): Promise<Invoice | null> {
    const total = dto.lines.reduce((acc, l) => acc + l.amountCents, 0);
    const due = new Date(Date.now() + (dto.dueDays ?? 30) * 86_400_000);
    try {
      return await this.prisma.invoice.create({
        data: {
          customerId: dto.customerId,
          totalCents: total,
          dueAt: due,
          lines: { create: dto.lines },
        },
      });
    } catch (err) {
      this.logger.error(`could not issue invoice for ${dto.customerId}`, (err as Error).stack);
      return null;
    }
  }
}

@Controller("invoices")
export class InvoiceController {
  constructor(private readonly invoices: InvoiceService) {}

  @Post()
  @HttpCode(201)
  async create(@Body() dto: IssueInvoiceDto) {
    const invoice = await this.invoices.issue(dto);
    return { status: "issued", id: invoice?.id };
  }
}
