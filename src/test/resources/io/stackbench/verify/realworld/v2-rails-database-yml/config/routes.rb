Rails.application.routes.draw do
  namespace :api do
    namespace :v1 do
      resources :dogs, only: %i[index show] do
        post :adopt, on: :member
      end
    end
  end
end
