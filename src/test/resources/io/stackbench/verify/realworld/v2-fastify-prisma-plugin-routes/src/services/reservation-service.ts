import type { ReservationRepository } from '../repositories/reservation-repository.js';

export class RoomUnavailableError extends Error {}

export class ReservationService {
  constructor(private readonly repo: ReservationRepository) {}

  async book(roomId: number, guest: string, checkIn: Date, checkOut: Date) {
    if (checkOut <= checkIn) throw new RangeError('check-out must be after check-in');
    if ((await this.repo.overlapping(roomId, checkIn, checkOut)) > 0) {
      throw new RoomUnavailableError(`room ${roomId} is taken`);
    }
    return this.repo.create({ roomId, guest, checkIn, checkOut });
  }
}
