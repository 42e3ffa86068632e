# Misconception: the temperature is a weight of the layer, so it becomes a variable too
# (a fourth parameter, trained with the logits) (explained from the layer's variables by
# check_one_weight_per_input, no table entry)
# Expect: fail "besides one weight per input, the layer holds other variables: temp \(shape \(\)\)"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {shapes}")
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros", name="logits")
        self.temp = self.add_weight(
            shape=(), initializer=keras.initializers.Constant(self.temperature), name="temp"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temp)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
