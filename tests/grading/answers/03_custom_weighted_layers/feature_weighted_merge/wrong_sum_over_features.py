# Misconception: after weighting the stacked inputs, the sum runs over the last axis (explained from the output's shape against the stacked inputs by custom_weighted_layers.merge_model, no table entry).
# Expect: fail "summed over the features' axis, not over the axis that holds the inputs"
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros"
        )

    def call(self, inputs):
        stacked = ops.stack(inputs, axis=1)  # (batch, inputs, features)
        weights = ops.softmax(self.logits, axis=0)
        return ops.sum(stacked * weights, axis=-1)
