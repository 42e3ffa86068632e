# Misconception: a layer's weights are sized by the features, as a Dense layer's are
# (input_shape[0][-1]: 4 weights for 4 features, whatever the number of inputs).
# (explained from the variable's size by custom_weighted_layers.check_one_weight_per_input, no table entry)
# Expect: fail "one weight per feature \(4, the inputs' last axis"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(input_shape[0][-1],), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
