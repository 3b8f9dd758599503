// negative LW004: NestJS InvoicesService maps a unique-constraint failure to ConflictException and logs then rethrows anything else, so the controller never reports a lost invoice as created
import { Body, ConflictException, Controller, HttpCode, Injectable, Logger, Post } from "@nestjs/common";
import { Prisma } from "@prisma/client";
import { PrismaService } from "../prisma/prisma.service";

export class CreateInvoiceDto {
  customerId!: string;
  externalRef!: string;
  currency!: string;
  lines!: { sku: string; quantity: number; unitCents: number }[];
}

@Injectable()
export class InvoicesService {
  private readonly logger = new Logger(InvoicesService.name);

  constructor(private readonly prisma: PrismaService) {}

  async create(dto: CreateInvoiceDto) {
    try {
      return await this.prisma.invoice.create({
        data: {
          customerId: dto.customerId,
          externalRef: dto.externalRef,
          currency: dto.currency,
          totalCents: dto.lines.reduce((s, l) => s + l.quantity * l.unitCents, 0),
          lines: { create: dto.lines },
        },
      });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
        throw new ConflictException(`invoice ${dto.externalRef} already exists`);
      }
      this.logger.error(`storing invoice for ${dto.customerId} failed`, (err as Error).stack);
      throw err;
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
    return { id: invoice.id };
  }
}
