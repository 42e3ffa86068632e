# Misconception: the mixing weights only need to be normalised once, when the layer is built
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="random_normal"
        )
        self.mix = ops.softmax(self.logits, axis=0)

    def call(self, inputs):
        return sum(self.mix[i] * x for i, x in enumerate(inputs))
