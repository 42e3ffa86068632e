# Misconception: a custom layer from a Keras 2 tutorial runs as it is: it assigns
# self.weights, a read-only property in Keras 3 (explained from Keras's own error by
# keras_errors, no table entry).
# Expect: fail "Layer\.weights is a read-only property in Keras 3"
from keras import backend as K


class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0):
        super().__init__()
        self.temperature = temperature

    def build(self, input_shape):
        self.weights = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = K.softmax(self.weights / self.temperature)
        return K.sum([mix[i] * x for i, x in enumerate(inputs)], axis=0)

    def get_config(self):
        return {"temperature": self.temperature}


def load_merge_model(path):
    return keras.models.load_model(path)
