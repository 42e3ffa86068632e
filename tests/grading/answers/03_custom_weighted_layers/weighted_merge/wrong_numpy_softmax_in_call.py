# Misconception: NumPy works on a layer's variables like on any array (Keras first runs
# call() on symbolic tensors, which hold no values: np.exp fails; on real values it would
# return a constant that training cannot follow).
# (explained from the error and the learner's line by custom_weighted_layers.explain_layer_error, no table entry)
# Expect: fail "NumPy was used on the layer's variable or its inputs \(`e = np\.exp\(self\.logits\)`\)"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        e = np.exp(self.logits)
        weights = e / e.sum()
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
