# Misconception: the softmax runs over the last axis, as it does for class scores
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", name="logits"
        )

    def call(self, inputs):
        weights = ops.softmax(self.logits)  # default axis=-1
        return sum(weights[i] * x for i, x in enumerate(inputs))
