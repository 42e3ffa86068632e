# Misconception: the Keras 2 recipe runs unchanged
# Expect: fail
from keras import backend as K


def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[:2]:  # the two layers below "features"
        layer.trainable = False
    K.set_value(model.optimizer.lr, 1e-4)  # fine-tune gently
    return model
