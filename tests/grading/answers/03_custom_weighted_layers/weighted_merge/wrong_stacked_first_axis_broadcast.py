# Misconception: a vector of weights multiplies a stack of inputs along the stacking axis
# (NumPy broadcasting lines it up with the last axis, the features: Keras refuses 3 against 4).
# (explained from the error's shapes and the learner's line by custom_weighted_layers.explain_layer_error, no table entry)
# Expect: fail "the 3 mixing weights, one per input, meet the features' axis \(4 values\)"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        stacked = keras.ops.stack(inputs, axis=0)  # (inputs, batch, features)
        return keras.ops.sum(stacked * keras.ops.softmax(self.logits), axis=0)
