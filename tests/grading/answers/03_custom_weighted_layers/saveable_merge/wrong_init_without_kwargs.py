# Misconception: the tutorial's __init__(self, temperature=1.0) is fine once get_config adds
# super().get_config(): Keras then rebuilds the layer with cls(name=..., trainable=..., ...),
# which that __init__ refuses (explained by custom_weighted_layers.check_round_trip, no table
# entry).
# Expect: fail "load_model rebuilds the layer with cls\(\*\*config\), and __init__\(\) does not accept 'name'"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0):
        super().__init__()
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {shapes}")
        self.mix_logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.mix_logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
