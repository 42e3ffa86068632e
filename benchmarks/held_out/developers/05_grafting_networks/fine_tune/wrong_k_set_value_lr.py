# Misconception: fix the names only: learning_rate, and the right layers, no recompile
# Expect: fail
from keras import backend as K


def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[1:3]:
        layer.trainable = False
    K.set_value(model.optimizer.learning_rate, 1e-4)
    return model
