# Misconception: the Keras 2 fine-tuning recipe of Task 4 runs as it is (keras.backend's
# set_value is gone) (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "raised AttributeError[\s\S]*such as K\.set_value"
from keras import backend as K


def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[:2]:  # the two layers below "features"
        layer.trainable = False
    K.set_value(model.optimizer.lr, 1e-4)  # fine-tune gently
    return model
