# Misconception: a Keras 2 tutorial stores the variable as self.weights
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.weights = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros"
        )

    def call(self, inputs):
        mix = ops.softmax(self.weights, axis=0)
        return sum(mix[i] * x for i, x in enumerate(inputs))
