import type { PrismaClient } from '@prisma/client';

export class ReservationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  overlapping(roomId: number, checkIn: Date, checkOut: Date) {
    return this.prisma.reservation.count({
      where: { roomId, checkIn: { lt: checkOut }, checkOut: { gt: checkIn } },
    });
  }

  create(data: { roomId: number; guest: string; checkIn: Date; checkOut: Date }) {
    return this.prisma.reservation.create({ data });
  }
}
