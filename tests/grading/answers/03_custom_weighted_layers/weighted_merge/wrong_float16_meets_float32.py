# Misconception: half precision saves memory and Keras converts dtypes as needed (TensorFlow
# refuses to multiply a float16 weight by a float32 input) (explained from the error, the
# learner's line and the variable's dtype by custom_weighted_layers.explain_layer_error, no table entry)
# Expect: fail "a float32 tensor and a float16 one meet in one operation"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape),), initializer="zeros", dtype="float16"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
