class AdoptionService
  class AlreadyAdopted < StandardError; end

  def initialize(dog)
    @dog = dog
  end

  def call(adopter)
    raise AlreadyAdopted, @dog.name if @dog.adopter_id.present?

    @dog.update!(adopter: adopter, adopted_on: Date.current)
    @dog
  end
end
