# Misconception: the mix is a fixed setting, so its variable is made non-trainable
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", trainable=False
        )

    def call(self, inputs):
        weights = ops.softmax(self.logits, axis=0)
        return sum(weights[i] * x for i, x in enumerate(inputs))
