// positive LW004: NestJS InvoicesService catches the Prisma create failure, logs a warning and returns null; the controller answers 201 regardless
import { Body, Controller, HttpCode, Injectable, Logger, Post } from "@nestjs/common";
import { PrismaService } from "../prisma/prisma.service";

export class CreateInvoiceDto {
  customerId!: string;
  currency!: string;
  lines!: { sku: string; quantity: number; unitCents: number }[];
}

@Injectable()
export class InvoicesService {
  private readonly logger = new Logger(InvoicesService.name);

  constructor(private readonly prisma: PrismaService) {}

  totalCents(dto: CreateInvoiceDto): number {
    return dto.lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0);
  }

  async create(dto: CreateInvoiceDto) {
    try {
      return await this.prisma.invoice.create({
        data: {
          customerId: dto.customerId,
          currency: dto.currency,
          totalCents: this.totalCents(dto),
          lines: { create: dto.lines },
        },
      });
    } catch (err) {
      this.logger.warn(`could not store invoice for ${dto.customerId}: ${(err as Error).message}`);
      return null;
    }
  }
}

@Controller("invoices")
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Post()
  @HttpCode(201)
  async create(@Body() dto: CreateInvoiceDto) {
    const invoice = await this.invoices.create(dto);
    return { ok: true, id: invoice?.id };
  }
}
