# Misconception: get_config() may name an argument as it likes ("temp"); load_model then
# calls __init__(temp=...), which it does not take (explained from the load error and the
# layer's own __init__, no table entry)
# Expect: fail "get_config\(\) records 'temp' \(__init__ calls it 'temperature'\)"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {shapes}")
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temp": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
