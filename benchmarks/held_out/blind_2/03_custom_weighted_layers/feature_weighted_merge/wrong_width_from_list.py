# Misconception: read the feature count as input_shape[-1], forgetting input_shape is a list of shapes
# Expect: fail
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[-1]), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits, axis=0)
        return sum(mix[i] * x for i, x in enumerate(inputs))
