# Misconception: the logits are a few small numbers, so half precision is plenty
# (float16 keeps about 3 digits: the mix is off in the fourth).
# (explained from the variable's dtype by custom_weighted_layers.check_one_weight_per_input, no table entry)
# Expect: fail "made with dtype='float16': float16 keeps about 3 significant digits"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape),), initializer="zeros", dtype="float16"
        )

    def call(self, inputs):
        weights = keras.ops.cast(keras.ops.softmax(self.logits), "float32")
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
