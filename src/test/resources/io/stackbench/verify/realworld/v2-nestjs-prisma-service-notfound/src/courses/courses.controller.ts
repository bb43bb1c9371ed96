import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CoursesService } from './courses.service';
import { EnrollDto } from './dto/enroll.dto';

@Controller('courses')
export class CoursesController {
  constructor(private readonly coursesService: CoursesService) {}

  @Get(':code')
  findOne(@Param('code') code: string) {
    return this.coursesService.getByCode(code);
  }

  @Post(':code/enrollments')
  enroll(@Param('code') code: string, @Body() dto: EnrollDto) {
    return this.coursesService.enroll(code, dto.studentId);
  }
}
