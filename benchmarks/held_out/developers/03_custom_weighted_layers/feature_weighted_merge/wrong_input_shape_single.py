# Misconception: input_shape is one shape, so its last entry is the number of features
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        n_inputs = len(input_shape)
        features = input_shape[-1]
        self.logits = self.add_weight(shape=(n_inputs, features), initializer="zeros")

    def call(self, inputs):
        weights = ops.softmax(self.logits, axis=0)
        return sum(weights[i] * x for i, x in enumerate(inputs))
