# Misconception: add_weight(trainable=False) because the logits are "not a kernel"
# Expect: fail
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", trainable=False
        )

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits, axis=0)
        return sum(mix[i] * x for i, x in enumerate(inputs))
