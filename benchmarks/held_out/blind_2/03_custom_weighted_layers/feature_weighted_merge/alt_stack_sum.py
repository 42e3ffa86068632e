# Alternative: stack the inputs on a new leading axis and sum after broadcasting the weights
# Expect: pass
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        count, width = len(input_shape), input_shape[0][-1]
        self.mix_logits = self.add_weight(name="mix_logits", shape=(count, width), initializer="random_normal")

    def call(self, inputs):
        weights = keras.ops.softmax(self.mix_logits, axis=0)
        stacked = keras.ops.stack(inputs, axis=1)  # (batch, inputs, features)
        return keras.ops.sum(stacked * weights, axis=1)
