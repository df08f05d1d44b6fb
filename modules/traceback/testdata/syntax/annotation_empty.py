a : 
