module Api
  module V1
    class DogsController < ApplicationController
      def index
        render json: Dog.available.limit(50)
      end

      def show
        render json: Dog.find(params[:id])
      end

      def adopt
        dog = AdoptionService.new(Dog.find(params[:id])).call(Adopter.find(params[:adopter_id]))
        render json: dog
      rescue AdoptionService::AlreadyAdopted
        head :conflict
      end
    end
  end
end
