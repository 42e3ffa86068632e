# Misconception: the attribute's name does not matter (get_config reads self.temperature,
# which __init__ stored as self.temp) (explained from the error and the layer's own
# attributes by custom_weighted_layers.explain_layer_error, no table entry)
# Expect: fail "reads self\.temperature, which none of its methods set .*\(the layer has self\.temp: another name for it\?\)"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temp = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {shapes}")
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temp)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
