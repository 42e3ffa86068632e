# Misconception: setting trainable and the optimizer's rate takes effect without compiling again
# Expect: fail
import keras


def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.optimizer.learning_rate.assign(1e-4)
    return model
