# Misconception: an __init__ of one's own need not call the parent's
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def __init__(self, initializer="zeros"):
        self.initializer = initializer

    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer=self.initializer
        )

    def call(self, inputs):
        weights = ops.softmax(self.logits, axis=0)
        return sum(weights[i] * x for i, x in enumerate(inputs))
