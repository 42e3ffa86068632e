# Misconception: softmax over the last axis, as softmax usually is
# Expect: fail
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits, axis=-1)
        stacked = keras.ops.stack(inputs, axis=0)
        return keras.ops.sum(stacked * mix[:, None, :], axis=0)
